// csv.h uses FILE without including stdio.h.
#include <stdio.h>
#include <csv.h>
