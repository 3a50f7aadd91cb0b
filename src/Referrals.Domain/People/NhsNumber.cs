using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.UkFormats;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>A person's NHS number (the rule is <see cref="NhsNumberCheck"/>, shared with the web's forms).</summary>
public sealed record NhsNumber
{
    public const string FieldName = "nhsNumber";

    private NhsNumber(string digits) => Value = digits;

    /// <summary>The ten digits, without spaces.</summary>
    public string Value { get; }

    public static NhsNumber Parse(string? input) =>
        TryParse(input, out var number, out var error)
            ? number
            : throw new DomainException(error, FieldName);

    public static bool TryParse(string? input, out NhsNumber number, out string error)
    {
        var (digits, problem) = NhsNumberCheck.Read(input);
        number = digits is null ? null! : new NhsNumber(digits);
        error = problem ?? "";
        return digits is not null;
    }

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>Shown the way the NHS writes it: 3-3-4 digits with spaces.</summary>
    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";
}
