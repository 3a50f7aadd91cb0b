namespace SocialPrescribing.Edge;

/// <summary>
/// The dates any service accepts from outside. Nothing here is recorded before 1900 or planned after
/// 2199, and the bound keeps date arithmetic (the day after a period's end) away from overflow.
/// </summary>
public static class PlausibleDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static string Message => $"Give a date from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}.";

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool Contains(DateTime instant) => Contains(DateOnly.FromDateTime(instant));

    public static bool Contains(DateTimeOffset instant) => Contains(instant.UtcDateTime);
}
