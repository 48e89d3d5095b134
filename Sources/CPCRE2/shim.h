// The 16-bit library: ingest keeps its text as UTF-16 (NSRange offsets), so matches need no
// offset conversion. Swift cannot see pcre2.h's width-generic macros; call the _16 names.
#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
