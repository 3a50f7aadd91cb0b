using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <param name="Quarter">The quarter the page covers (reports of people cover whole quarters that have ended).</param>
/// <param name="Programme">The SROI programme chosen, if any.</param>
public sealed record OutcomesQuery(ReportPeriod Quarter, Pages.Reports.SroiScope? Programme);

/// <summary>
/// One service's figures for the outcomes page, read through its existing report endpoint: the page computes
/// nothing itself. A new measure is a new source, registered in <see cref="OutcomeSources"/>.
/// </summary>
public interface IOutcomeSource
{
    /// <summary>The service the figures come from, named when it cannot answer.</summary>
    string Service { get; }

    Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken);
}
