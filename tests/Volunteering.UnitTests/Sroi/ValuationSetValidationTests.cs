using SocialPrescribing.Volunteering.Domain.Sroi;
using static SocialPrescribing.Volunteering.UnitTests.Sroi.Examples;

namespace SocialPrescribing.Volunteering.UnitTests.Sroi;

public class ValuationSetValidationTests
{
    [Fact]
    public void The_starter_set_is_valid_and_ships_nothing_licence_controlled()
    {
        var set = StarterValuationSet.Create(Guid.NewGuid(), new DateOnly(2025, 4, 1));

        Assert.Empty(set.Validate());
        Assert.DoesNotContain(set.Proxies, p => p.LicenceControlled);
        Assert.Equal((13_000m, 10_000m, 16_000m, 2019), (set.FindProxy("wellby")!.Value, set.FindProxy("wellby")!.Low, set.FindProxy("wellby")!.High, set.FindProxy("wellby")!.PriceYear));
        Assert.Equal(0.035m, set.DiscountRate.Value);
    }

    [Fact]
    public void A_proxy_without_a_source_is_named_by_its_position()
    {
        var set = Set(Proxy("a", 1m), Proxy("b", 2m), Proxy("c", 3m) with { Source = " " });

        var errors = set.Validate();

        Assert.Equal(["A source is required."], errors["proxies[2].source"]);
        Assert.Single(errors);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void A_discount_rate_outside_0_to_100_percent_is_refused(decimal rate)
    {
        var errors = (Set(Proxy("a", 1m)) with { DiscountRate = rate }).Validate();

        Assert.Contains("discountRate", errors.Keys);
    }

    [Fact]
    public void A_discount_rate_range_outside_0_to_100_percent_names_the_bound()
    {
        var errors = (Set(Proxy("a", 1m)) with { DiscountRate = new Estimate(0.035m, -0.1m, 1.5m) }).Validate();

        Assert.Equal(["discountRate.high", "discountRate.low"], errors.Keys.Order());
    }

    [Fact]
    public void Proxy_codes_are_slugs_and_unique_within_a_set()
    {
        var errors = Set(Proxy("wellby", 1m), Proxy("Volunteer Hour", 1m), Proxy("WELLBY", 2m)).Validate();

        Assert.Equal(["proxies[1].code", "proxies[2].code"], errors.Keys.Order());
    }

    [Fact]
    public void A_proxy_value_must_not_be_negative_and_must_lie_within_its_range()
    {
        var errors = Set(Proxy("a", -5m), Proxy("b", 10m, low: 12m, high: 8m)).Validate();

        Assert.Equal(["proxies[0].value", "proxies[1].value.high", "proxies[1].value.low"], errors.Keys.Order());
    }

    [Fact]
    public void A_licence_controlled_value_must_name_its_licensee()
    {
        var hact = Proxy("hact-regular-volunteering", 3_249m) with { LicenceControlled = true };

        Assert.Contains("proxies[0].licensee", Set(hact).Validate().Keys);
        Assert.Empty(Set(hact with { Licensee = "Anytown Council (HACT licence 2025)" }).Validate());
    }

    [Fact]
    public void A_proxy_priced_in_another_year_needs_a_price_index_for_both_years()
    {
        var set = Set(Proxy("a", 8.21m, priceYear: 2019)) with { PriceIndex = new Dictionary<int, decimal> { [2019] = 100m } };

        var errors = set.Validate();

        var message = Assert.Single(errors["proxies[0].priceYear"]);
        Assert.Contains("2024", message);
    }

    [Fact]
    public void Required_fields_of_the_set_are_each_named()
    {
        var set = Set() with
        {
            Id = Guid.Empty,
            Version = 0,
            Name = "",
            PriceYear = 1066,
            EffectiveTo = new DateOnly(2024, 3, 31),
            DiscountRateSource = "",
        };

        Assert.Equal(
            ["discountRateSource", "effectiveTo", "id", "name", "priceYear", "proxies", "version"],
            set.Validate().Keys.Order());
    }

    [Fact]
    public void A_new_version_keeps_the_series_and_replaces_a_proxy_by_code()
    {
        var v1 = StarterValuationSet.Create(Guid.NewGuid(), new DateOnly(2025, 4, 1));

        var v2 = v1.NextVersion(new DateOnly(2026, 4, 1))
            .WithProxy(Proxy(ProxyCodes.VolunteerHour, 12.21m, priceYear: 2019));

        Assert.Equal((v1.Id, 2, new DateOnly(2026, 4, 1)), (v2.Id, v2.Version, v2.EffectiveFrom));
        Assert.Equal(12.21m, v2.FindProxy(ProxyCodes.VolunteerHour)!.Value);
        Assert.Equal(8.21m, v1.FindProxy(ProxyCodes.VolunteerHour)!.Value);
        Assert.Equal(2, v2.Proxies.Count);
    }
}
