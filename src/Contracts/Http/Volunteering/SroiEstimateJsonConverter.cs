using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Contracts.Http.Volunteering;

/// <summary>An assumption is a number (0.25) or, with a range for the sensitivity analysis, {"value":0.25,"low":0.1,"high":0.4}.</summary>
public sealed class SroiEstimateJsonConverter : JsonConverter<SroiEstimate>
{
    public override SroiEstimate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return new SroiEstimate(reader.GetDecimal());
        }
        var range = JsonSerializer.Deserialize<Range>(ref reader, options) ?? throw new JsonException("An estimate is a number or {value, low, high}.");
        return new SroiEstimate(range.Value ?? throw new JsonException("An estimate needs a value."), range.Low, range.High);
    }

    public override void Write(Utf8JsonWriter writer, SroiEstimate value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Range(value.Value, value.Low, value.High), options);

    private sealed record Range(decimal? Value, decimal? Low, decimal? High);
}
