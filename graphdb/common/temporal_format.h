// ISO 8601 text of temporal values, exactly as Cypher's toString() prints them.
#pragma once

#include <cstdint>
#include <string>

#include "common/temporal.h"

namespace stargraph {

// Civil calendar conversions (proleptic Gregorian, year 0 exists).
struct CivilDate {
  int64_t year;
  int month;  // 1..12
  int day;    // 1..31
};
CivilDate CivilFromDays(int64_t days);
int64_t DaysFromCivil(int64_t year, int month, int day);

std::string FormatDate(const Date& d);                    // 2025-09-10
std::string FormatLocalTime(const LocalTime& t);          // 12:31:14.645, 12:31, 12:31:14
std::string FormatTime(const Time& t);                    // 12:31:14+01:00, 12:31Z
std::string FormatLocalDateTime(const LocalDateTime& t);  // 2025-09-10T12:00
std::string FormatDateTime(const DateTime& t);            // 2025-09-10T12:00Z, ...+01:00[Europe/Paris]
std::string FormatDuration(const Duration& d);            // P1Y2M10DT12H

}  // namespace stargraph
