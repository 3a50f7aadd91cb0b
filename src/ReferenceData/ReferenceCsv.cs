using System.Globalization;
using CsvHelper;

namespace SocialPrescribing.ReferenceData;

/// <summary>Reference CSVs are comma-separated with a header; line numbers are kept for error messages.</summary>
internal static class ReferenceCsv
{
    public static CsvReaderOptions Options { get; } = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };
}
