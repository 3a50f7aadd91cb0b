using System.Globalization;
using System.Text;

namespace SocialPrescribing.Web.Reports;

/// <summary>
/// A report as one CSV table, written in the invariant culture with CRLF line ends (RFC 4180).
/// Text that would start a spreadsheet formula is prefixed with an apostrophe (CSV injection).
/// </summary>
public sealed class CsvTable
{
    private readonly StringBuilder _csv = new();

    public CsvTable(params string[] headings) => Row(headings);

    public CsvTable Row(params object?[] cells)
    {
        _csv.AppendJoin(',', cells.Select(Cell));
        _csv.Append("\r\n");
        return this;
    }

    public override string ToString() => _csv.ToString();

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s.Length > 0 && "=+-@\t\r".Contains(s[0]) && !IsNumber(s) ? "'" + s : s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }

    // A negative number written as text ("-0.5") is a figure, not a formula.
    private static bool IsNumber(string s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
