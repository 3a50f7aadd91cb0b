using System.Text.Json;
using System.Text.Json.Serialization;
using SocialPrescribing.Volunteering.Domain.Sroi;

namespace SocialPrescribing.Volunteering.Infrastructure;

/// <summary>An assumption is written as a number (0.25) or, with a range for the sensitivity analysis, as {"value":0.25,"low":0.1,"high":0.4}.</summary>
public sealed class EstimateJsonConverter : JsonConverter<Estimate>
{
    public override Estimate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDecimal();
        }
        var range = JsonSerializer.Deserialize<Range>(ref reader, options) ?? throw new JsonException("An estimate is a number or {value, low, high}.");
        return new Estimate(range.Value ?? throw new JsonException("An estimate needs a value."), range.Low, range.High);
    }

    public override void Write(Utf8JsonWriter writer, Estimate value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Range(value.Value, value.Low, value.High), options);

    private sealed record Range(decimal? Value, decimal? Low, decimal? High);
}
