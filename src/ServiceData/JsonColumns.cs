using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialPrescribing.ServiceData;

/// <summary>
/// Stores a value (a kept history, a plan, a volunteer's weekly slots) as one jsonb column, the same way in every
/// service: web-style names, enums by name (numbers written before are still read). These parts are only ever read
/// and written whole with their owner, so a table each would buy nothing but joins; change tracking compares their JSON.
/// </summary>
public static class JsonColumns
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) =>
        property
            .HasConversion(
                value => Serialize(value),
                json => Deserialize<T>(json),
                new ValueComparer<T>(
                    (a, b) => Serialize(a) == Serialize(b),
                    value => Serialize(value).GetHashCode(StringComparison.Ordinal),
                    value => Deserialize<T>(Serialize(value))))
            .HasColumnType("jsonb");

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
