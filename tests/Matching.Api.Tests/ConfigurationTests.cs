using Microsoft.Extensions.Configuration;
using SocialPrescribing.Matching.Configuration;

namespace SocialPrescribing.Matching.Api.Tests;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Needs", "-0.1", "'Needs' is -0.1")]
    [InlineData("Distance", "NaN", "'Distance' is NaN")]
    public void A_negative_or_not_a_number_weight_stops_the_service_at_start(string part, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MatchingReferenceLoader.Load(Configuration(($"Matching:Weights:{part}", value))));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_weights_zero_stops_the_service_at_start()
    {
        string[] parts = ["Needs", "Distance", "TimeOverlap", "Responsiveness", "Rating", "Deprivation", "Waiting", "Language"];
        var error = Assert.Throws<InvalidOperationException>(() => MatchingReferenceLoader.Load(Configuration([.. parts.Select(p => ($"Matching:Weights:{p}", "0"))])));
        Assert.Contains("All matching weights are zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_weights_replace_the_defaults_and_the_rest_keep_theirs()
    {
        var reference = MatchingReferenceLoader.Load(Configuration(("Matching:Weights:Needs", "0.5")));
        Assert.Equal(0.5, reference.Configuration.Weights.Needs);
        Assert.Equal(0.20, reference.Configuration.Weights.Distance);
    }

    [Fact]
    public void Without_a_configured_deprivation_table_none_is_used_and_a_configured_one_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"deprivation-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "district,decile,note\nWV10,3,test\n");
        try
        {
            Assert.False(MatchingReferenceLoader.Load(Configuration()).Configuration.Deprivation.IsLoaded);
            var configured = MatchingReferenceLoader.Load(Configuration(("Deprivation:Path", path))).Configuration.Deprivation;
            Assert.Equal(3, configured.DecileOf("wv 10"));
            Assert.Null(configured.DecileOf("B1"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
