using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Contracts.Http;

/// <summary>Enum values as the services spell them on the wire: kebab-case, or an enum member's own JSON name.</summary>
public static class WireNames
{
    private static readonly JsonSerializerOptions Kebab = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) } };

    /// <summary>"enhanced-with-barred-lists", or the value's <see cref="JsonStringEnumMemberNameAttribute"/>.</summary>
    public static string WireName<TEnum>(this TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.SerializeToElement(value, Kebab).GetString()!;

    /// <summary>The value a wire name stands for; null for none or a name the enum does not have.</summary>
    public static TEnum? Parse<TEnum>(string? wireName) where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(wireName))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(wireName), Kebab);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
