using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.Hosting;

/// <summary>Names of the project's own activity source and meter, registered with OpenTelemetry.</summary>
public static class Telemetry
{
    public const string ActivitySourceName = "SocialPrescribing";
    public const string MeterName = "SocialPrescribing";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
    public static readonly Meter Meter = new(MeterName);
}
