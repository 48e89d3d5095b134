// libxlsxwriter (Debian libxlsxwriter-dev) writes Outputs/report/benchmark.xlsx; see XLSX/Workbook.swift.
#include <xlsxwriter.h>
