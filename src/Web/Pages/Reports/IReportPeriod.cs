using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Web.Forms;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>The period a report covers, both days included (see <c>_PeriodFields</c>).</summary>
public interface IReportPeriod
{
    DateOnly? From { get; }
    DateOnly? To { get; }

    static IEnumerable<ValidationResult> Check(IReportPeriod period)
    {
        if (period.From is { } from && period.To is { } to && to < from)
        {
            yield return new ValidationResult($"Last day must be the same as or after the first day, {UkDates.Long(from)}", [nameof(To)]);
        }
    }
}
