//! Calendar dates (`YYYY-MM-DD`), counted in days, for the periods the law measures:
//! five years after admission, seven years of residence, a maximum sentence in force on
//! the date of conviction. Proleptic Gregorian; no time zones, no clock.

use std::fmt;

use crate::pack::{Pack, Reader, Writer};

/// A calendar date between years 1 and 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i32,
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the shape `YYYY-MM-DD`.
    Format,
    /// The shape is right but no such day exists (2023-02-29, 2024-13-01).
    NoSuchDay,
}

/// In the data files, days since 1970-01-01.
impl Pack for Date {
    fn pack(&self, w: &mut Writer) {
        self.days.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let days = i32::unpack(r)?;
        Date::from_unix_days(i64::from(days))
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("must be a date written YYYY-MM-DD"),
            DateError::NoSuchDay => f.write_str("is not a day of the calendar"),
        }
    }
}

impl Date {
    /// 1970-01-01.
    pub const EPOCH: Date = Date { days: 0 };

    /// The date of `year`-`month`-`day`, if the calendar has it.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { days: days_from_civil(year, month, day) })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().map_err(|_| DateError::Format);
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::from_ymd(y as i32, m, d).ok_or(DateError::NoSuchDay)
    }

    /// (year, month, day).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    /// The same calendar day `years` later; 29 February becomes 28 February in a common
    /// year (the anniversary has not come until the day is over).
    pub fn add_years(self, years: i32) -> Option<Date> {
        let (y, m, d) = self.ymd();
        let y2 = y.checked_add(years)?;
        Date::from_ymd(y2, m, d.min(days_in_month(y2, m)))
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.days - self.days
    }

    /// The date `days` days after 1970-01-01 (for a caller that reads a clock; the
    /// engine never does).
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let days = i32::try_from(days).ok()?;
        let (y, m, d) = civil_from_days(days);
        Date::from_ymd(y, m, d)
    }

    /// The date `days` days later.
    pub fn add_days(self, days: u32) -> Option<Date> {
        let days = self.days.checked_add(i32::try_from(days).ok()?)?;
        let (y, m, d) = civil_from_days(days);
        Date::from_ymd(y, m, d)
    }

    /// The day after.
    pub fn next_day(self) -> Date {
        Date { days: self.days + 1 }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days, for years 1..=9999.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400) as u32;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe as i32 + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_round_trip() {
        for s in ["1970-01-01", "2000-02-29", "2015-01-01", "2026-11-22", "0001-01-01", "9999-12-31"] {
            assert_eq!(Date::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn rejects_bad_shapes_and_impossible_days() {
        for s in ["2026-1-01", "26-01-01", "2026/01/01", "2026-01-01T00:00", "", "abcd-ef-gh", "+026-01-01"] {
            assert_eq!(Date::parse(s), Err(DateError::Format), "{s}");
        }
        for s in ["2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "0000-01-01"] {
            assert_eq!(Date::parse(s), Err(DateError::NoSuchDay), "{s}");
        }
    }

    #[test]
    fn counts_days_across_leap_years() {
        let a = Date::parse("2015-01-01").unwrap();
        let b = Date::parse("2016-01-01").unwrap();
        assert_eq!(a.days_until(b), 365);
        let c = Date::parse("2017-01-01").unwrap();
        assert_eq!(b.days_until(c), 366);
        assert_eq!(Date::parse("1970-01-01").unwrap().days, 0);
        assert_eq!(Date::from_unix_days(20_414).unwrap().to_string(), "2025-11-22");
        assert_eq!(Date::from_unix_days(10_000_000), None);
    }

    #[test]
    fn anniversaries_fall_on_the_same_day_or_the_28th_of_february() {
        let admitted = Date::parse("2016-03-01").unwrap();
        assert_eq!(admitted.add_years(5).unwrap().to_string(), "2021-03-01");
        let leap = Date::parse("2020-02-29").unwrap();
        assert_eq!(leap.add_years(5).unwrap().to_string(), "2025-02-28");
        assert_eq!(leap.add_years(4).unwrap().to_string(), "2024-02-29");
        assert_eq!(Date::parse("9999-01-01").unwrap().add_years(1), None);
    }

    #[test]
    fn next_day_rolls_over_months_and_years() {
        assert_eq!(Date::parse("2024-02-28").unwrap().next_day().to_string(), "2024-02-29");
        assert_eq!(Date::parse("2025-12-31").unwrap().next_day().to_string(), "2026-01-01");
    }
}
