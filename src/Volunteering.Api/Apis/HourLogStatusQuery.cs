using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Apis;

/// <summary>A <c>?status=</c> filter, spelt as the API spells statuses; anything else is a 400 on "status".</summary>
internal static class HourLogStatusQuery
{
    public static HourLogStatus? Parse(string? status) => WireValues.ParseOptional<HourLogStatus>("status", status);
}
