using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Seeds;

/// <summary>
/// How the seed files are read: camelCase names, kebab-case enum codes, and strict about unknown or missing fields.
/// Use <see cref="Options"/> to write synthetic data in the same shape as the demo files.
/// </summary>
public static class SeedJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    internal static T Read<T>(Stream stream, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options)
                   ?? throw new SeedDataException($"{fileName}: the file holds null.");
        }
        catch (JsonException e)
        {
            throw new SeedDataException($"{fileName}: {e.Message}");
        }
    }
}
