using System.Text.Json.Serialization;

namespace SocialPrescribing.Volunteering.Domain.Equality;

/// <summary>A volunteer's age band, as they give it (no date of birth is held for volunteers).</summary>
public enum AgeBand
{
    [JsonStringEnumMemberName("16-to-24")] From16To24,
    [JsonStringEnumMemberName("25-to-34")] From25To34,
    [JsonStringEnumMemberName("35-to-44")] From35To44,
    [JsonStringEnumMemberName("45-to-54")] From45To54,
    [JsonStringEnumMemberName("55-to-64")] From55To64,
    [JsonStringEnumMemberName("65-to-74")] From65To74,
    [JsonStringEnumMemberName("75-and-over")] From75,
    PreferNotToSay,
}
