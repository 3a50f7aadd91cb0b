using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Apis;

/// <summary>A <c>?status=</c> filter, spelt as the API spells statuses; anything else is a 400 on "status".</summary>
internal static class HourLogStatusQuery
{
    public static HourLogStatus? Parse(string? status)
    {
        if (string.IsNullOrEmpty(status))
        {
            return null;
        }
        return Enum.TryParse<HourLogStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FieldErrorsException(new Dictionary<string, string[]>
            {
                ["status"] = [$"One of: {string.Join(", ", Enum.GetValues<HourLogStatus>().Select(s => s.WireName()))}."],
            });
    }
}
