using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.CommunityDirectory.Apis.Oruk;

public static class OrukJson
{
    /// <summary>ORUK's wire format: snake_case names, and optional fields left out rather than null.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Ok<T>(T value) => TypedResults.Json(value, Options);
}
