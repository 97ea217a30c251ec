#include "common/temporal_format.h"

#include <cstdio>
#include <cstdlib>

namespace stargraph {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(int64_t year, int month, int day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t yoe = year - era * 400;
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (month <= 2), month, day};
}

namespace {

std::string FormatYear(int64_t year) {
  char buf[32];
  if (year >= 0 && year <= 9999) {
    std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(year));
  } else {
    std::snprintf(buf, sizeof buf, "%+05lld", static_cast<long long>(year));
  }
  return buf;
}

// hh:mm, then :ss when seconds or nanos are non-zero, then .fraction without trailing zeros.
std::string FormatTimeOfDay(int64_t nanos_of_day) {
  const int64_t secs = nanos_of_day / kNanosPerSecond;
  const int64_t frac = nanos_of_day % kNanosPerSecond;
  char buf[48];
  int n = std::snprintf(buf, sizeof buf, "%02lld:%02lld", static_cast<long long>(secs / 3600),
                        static_cast<long long>(secs / 60 % 60));
  std::string out(buf, n);
  if (secs % 60 != 0 || frac != 0) {
    n = std::snprintf(buf, sizeof buf, ":%02lld", static_cast<long long>(secs % 60));
    out.append(buf, n);
  }
  if (frac != 0) {
    n = std::snprintf(buf, sizeof buf, ".%09lld", static_cast<long long>(frac));
    std::string f(buf, n);
    while (f.back() == '0') f.pop_back();
    out += f;
  }
  return out;
}

std::string FormatOffset(int32_t offset_seconds) {
  if (offset_seconds == 0) return "Z";
  const int32_t abs = std::abs(offset_seconds);
  char buf[16];
  int n = std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset_seconds < 0 ? '-' : '+', abs / 3600,
                        abs / 60 % 60);
  std::string out(buf, n);
  if (abs % 60 != 0) {
    n = std::snprintf(buf, sizeof buf, ":%02d", abs % 60);
    out.append(buf, n);
  }
  return out;
}

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

std::string FormatDate(const Date& d) {
  const CivilDate c = CivilFromDays(d.days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "-%02d-%02d", c.month, c.day);
  return FormatYear(c.year) + buf;
}

std::string FormatLocalTime(const LocalTime& t) { return FormatTimeOfDay(t.nanos); }

std::string FormatTime(const Time& t) {
  return FormatTimeOfDay(t.nanos) + FormatOffset(t.offset_seconds);
}

std::string FormatLocalDateTime(const LocalDateTime& t) {
  const int64_t days = FloorDiv(t.seconds, kSecondsPerDay);
  const int64_t secs = t.seconds - days * kSecondsPerDay;
  return FormatDate(Date{days}) + "T" + FormatTimeOfDay(secs * kNanosPerSecond + t.nanos);
}

std::string FormatDateTime(const DateTime& t) {
  const LocalDateTime local{t.seconds + t.offset_seconds, t.nanos};
  std::string out = FormatLocalDateTime(local) + FormatOffset(t.offset_seconds);
  if (t.zone) out += "[" + *t.zone + "]";
  return out;
}

std::string FormatDuration(const Duration& d) {
  std::string out = "P";
  const int64_t years = d.months / 12;
  const int64_t months = d.months % 12;
  if (years != 0) out += std::to_string(years) + "Y";
  if (months != 0) out += std::to_string(months) + "M";
  if (d.days != 0) out += std::to_string(d.days) + "D";
  // Seconds and nanos share a sign in output: -1s + 0.5e9ns is "-0.5S".
  int64_t total_secs = d.seconds;
  int64_t nanos = d.nanos;
  const bool negative = total_secs < 0;
  if (negative && nanos > 0) {
    total_secs += 1;
    nanos = kNanosPerSecond - nanos;
  }
  const int64_t abs_secs = total_secs < 0 ? -total_secs : total_secs;
  const int64_t hours = abs_secs / 3600;
  const int64_t minutes = abs_secs / 60 % 60;
  const int64_t seconds = abs_secs % 60;
  std::string time;
  const char* sign = negative ? "-" : "";
  if (hours != 0) time += sign + std::to_string(hours) + "H";
  if (minutes != 0) time += sign + std::to_string(minutes) + "M";
  if (seconds != 0 || nanos != 0) {
    time += sign + std::to_string(seconds);
    if (nanos != 0) {
      char buf[16];
      std::snprintf(buf, sizeof buf, ".%09lld", static_cast<long long>(nanos));
      std::string f(buf);
      while (f.back() == '0') f.pop_back();
      time += f;
    }
    time += "S";
  }
  if (!time.empty()) out += "T" + time;
  if (out == "P") out = "PT0S";
  return out;
}

}  // namespace stargraph
