using SocialPrescribing.Volunteering.Domain.Sroi;
using SocialPrescribing.Volunteering.Domain.Validation;
using static SocialPrescribing.Volunteering.UnitTests.Sroi.Examples;

namespace SocialPrescribing.Volunteering.UnitTests.Sroi;

public class SroiInputValidationTests
{
    private static readonly OutcomeInput Hours = new() { Name = "Hours", ProxyCode = "hour", Quantity = 100m };

    [Fact]
    public void No_investment_is_a_clear_error_not_a_division_by_zero()
    {
        var input = Input(0m, Set(Proxy("hour", 10m)), Hours);

        var error = Assert.Throws<FieldErrorsException>(() => SroiCalculator.Calculate(input));

        var message = Assert.Single(error.Errors["investment"]);
        Assert.Contains("greater than zero", message);
    }

    [Fact]
    public void Adjustments_outside_0_to_100_percent_are_named_per_outcome()
    {
        var bad = Hours with
        {
            Deadweight = 1.2m,
            Displacement = -0.1m,
            Attribution = new Estimate(0.5m, High: 1.5m),
            DropOff = new Estimate(0.5m, Low: 0.6m),
        };

        var errors = Input(1_000m, Set(Proxy("hour", 10m)), Hours, bad).Validate();

        Assert.Equal(
            ["outcomes[1].attribution.high", "outcomes[1].deadweight", "outcomes[1].displacement", "outcomes[1].dropOff.low"],
            errors.Keys.Order());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2.5)]
    [InlineData(51)]
    public void Duration_is_a_whole_number_of_years_from_1_to_50(decimal years)
    {
        var errors = Input(1_000m, Set(Proxy("hour", 10m)), Hours with { DurationYears = years }).Validate();

        Assert.Equal(["outcomes[0].durationYears"], errors.Keys);
    }

    [Fact]
    public void An_outcome_must_use_a_proxy_of_the_valuation_set()
    {
        var errors = Input(1_000m, Set(Proxy("hour", 10m)), Hours with { ProxyCode = "hact-employment" }).Validate();

        Assert.Contains("hact-employment", Assert.Single(errors["outcomes[0].proxyCode"]));
    }

    [Fact]
    public void Errors_in_the_valuation_set_are_prefixed_with_its_field()
    {
        var errors = Input(1_000m, Set(Proxy("hour", 10m) with { Source = "" }), Hours).Validate();

        Assert.Equal(["valuationSet.proxies[0].source"], errors.Keys);
    }

    [Fact]
    public void An_account_needs_an_organisation_a_forward_period_and_an_outcome()
    {
        var input = Input(1_000m, Set(Proxy("hour", 10m))) with
        {
            Organisation = "",
            Period = new(new DateOnly(2025, 4, 1), new DateOnly(2025, 3, 31)),
        };

        Assert.Equal(["organisation", "outcomes", "period.to"], input.Validate().Keys.Order());
    }

    [Fact]
    public void Absurd_quantities_are_refused_rather_than_overflowing()
    {
        var errors = Input(1_000m, Set(Proxy("hour", 10m)), Hours with { Quantity = 1e15m }).Validate();

        Assert.Equal(["outcomes[0].quantity"], errors.Keys);
    }
}
