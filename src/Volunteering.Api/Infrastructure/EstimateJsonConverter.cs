using System.Text.Json;
using System.Text.Json.Serialization;
using SocialPrescribing.Volunteering.Domain.Sroi;

namespace SocialPrescribing.Volunteering.Infrastructure;

/// <summary>A domain assumption on the wire is the contract's <see cref="SroiEstimate"/>: a number (0.25) or {"value":0.25,"low":0.1,"high":0.4}.</summary>
public sealed class EstimateJsonConverter : JsonConverter<Estimate>
{
    public override Estimate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize<SroiEstimate>(ref reader, options) ?? throw new JsonException("An estimate is a number or {value, low, high}.")).ToEstimate();

    public override void Write(Utf8JsonWriter writer, Estimate value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToContract(), options);
}
