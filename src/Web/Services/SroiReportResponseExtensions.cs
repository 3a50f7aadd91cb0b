namespace SocialPrescribing.Web.Services;

/// <summary>What the SROI page works out from the volunteering service's report.</summary>
public static class SroiReportResponseExtensions
{
    /// <summary>The volunteering service's proxy for a change in life satisfaction.</summary>
    public const string WellbyProxyCode = "wellby";

    extension(SroiReportResponse report)
    {
        /// <summary>Whether anyone's wellbeing change is valued: the count of respondents says "&lt;5" for none as for a few.</summary>
        public bool ValuesWellbeing => report.Report.Outcomes.Any(o => o.ProxyCode == WellbyProxyCode);
    }
}
