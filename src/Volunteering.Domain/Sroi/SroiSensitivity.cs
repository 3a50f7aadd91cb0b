namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>Builds the one-at-a-time sensitivity analysis described on <see cref="SensitivityAnalysis"/>.</summary>
internal static class SroiSensitivity
{
    private const string AllOutcomes = "all outcomes";

    /// <summary>An assumption and how to build the input with that assumption set to another value.</summary>
    private sealed record Lever(string Subject, string Assumption, Estimate Estimate, Func<decimal, SroiInput> With);

    public static SensitivityAnalysis Analyse(SroiInput input, decimal baseRatio)
    {
        var lines = Levers(input)
            .Where(l => l.Estimate.HasRange)
            .Select(l => new SensitivityLine(
                l.Subject,
                l.Assumption,
                l.Estimate.Value,
                l.Estimate.Low,
                l.Estimate.Low is { } low ? SroiCalculator.Ratio(l.With(low)) : null,
                l.Estimate.High,
                l.Estimate.High is { } high ? SroiCalculator.Ratio(l.With(high)) : null))
            .ToList();
        var ratios = lines.SelectMany(l => new[] { l.RatioAtLow, l.RatioAtHigh })
            .OfType<decimal>()
            .Append(baseRatio)
            .ToList();
        return new SensitivityAnalysis(baseRatio, lines, ratios.Min(), ratios.Max());
    }

    private static IEnumerable<Lever> Levers(SroiInput input)
    {
        var set = input.ValuationSet;
        yield return new Lever(AllOutcomes, "discount rate", set.DiscountRate,
            x => input with { ValuationSet = set with { DiscountRate = x } });

        var usedProxies = set.Proxies.Where(p => input.Outcomes.Any(o => string.Equals(o.ProxyCode, p.Code, StringComparison.OrdinalIgnoreCase)));
        foreach (var proxy in usedProxies)
        {
            yield return new Lever($"proxy {proxy.Code}", "value", proxy.AsEstimate(),
                x => input with { ValuationSet = set.WithProxy(proxy with { Value = x }) });
        }

        for (var i = 0; i < input.Outcomes.Count; i++)
        {
            var index = i;
            var outcome = input.Outcomes[i];
            SroiInput WithOutcome(OutcomeInput changed) =>
                input with { Outcomes = [.. input.Outcomes.Select((o, j) => j == index ? changed : o)] };

            yield return new Lever(outcome.Name, "quantity", outcome.Quantity, x => WithOutcome(outcome with { Quantity = x }));
            yield return new Lever(outcome.Name, "deadweight", outcome.Deadweight, x => WithOutcome(outcome with { Deadweight = x }));
            yield return new Lever(outcome.Name, "displacement", outcome.Displacement, x => WithOutcome(outcome with { Displacement = x }));
            yield return new Lever(outcome.Name, "attribution", outcome.Attribution, x => WithOutcome(outcome with { Attribution = x }));
            yield return new Lever(outcome.Name, "drop-off", outcome.DropOff, x => WithOutcome(outcome with { DropOff = x }));
            yield return new Lever(outcome.Name, "duration (years)", outcome.DurationYears, x => WithOutcome(outcome with { DurationYears = x }));
        }
    }
}
