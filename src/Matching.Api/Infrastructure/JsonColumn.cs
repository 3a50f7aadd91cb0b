using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialPrescribing.Matching.Infrastructure;

internal static class JsonColumn
{
    /// <summary>Stores a list of records as one jsonb value: it is always read and written whole.</summary>
    public static PropertyBuilder<List<T>> AsJson<T>(this PropertyBuilder<List<T>> property) => property
        .HasColumnType("jsonb")
        .HasConversion(
            list => JsonSerializer.Serialize(list, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<List<T>>(json, JsonSerializerOptions.Web) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                list => list.ToList()));
}
