using System.Text.Json;

namespace SocialPrescribing.Seeds;

/// <summary>The code an enum value has in the seed files and the APIs, e.g. ActivityBuddy is "activity-buddy".</summary>
public static class SeedCodes
{
    public static string Code(this Enum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
