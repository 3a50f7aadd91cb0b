using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SocialPrescribing.CommunityDirectory.Apis.Oruk;

public static class OrukJson
{
    /// <summary>
    /// ORUK's wire format: snake_case names, and optional fields left out rather than null. The shapes' serialisers
    /// are generated at build time (<see cref="OrukJsonContext"/>): a page of 50 fully nested services is written
    /// without reflection.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(OrukJsonContext.Default.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(OrukJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static IResult Ok<T>(T value) => TypedResults.Json(value, Options);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OrukApiDetails))]
[JsonSerializable(typeof(OrukPage<OrukService>))]
[JsonSerializable(typeof(OrukPage<OrukServiceAtLocation>))]
[JsonSerializable(typeof(OrukPage<OrukTaxonomy>))]
[JsonSerializable(typeof(OrukPage<OrukTaxonomyTerm>))]
[JsonSerializable(typeof(OrukPage<OrukOrganization>))]
[JsonSerializable(typeof(OrukService))]
[JsonSerializable(typeof(OrukServiceAtLocation))]
[JsonSerializable(typeof(OrukTaxonomy))]
[JsonSerializable(typeof(OrukTaxonomyTerm))]
[JsonSerializable(typeof(OrukOrganization))]
internal sealed partial class OrukJsonContext : JsonSerializerContext;
