namespace SocialPrescribing.Edge;

/// <summary>
/// What text any service accepts from outside. Control characters are refused (PostgreSQL refuses
/// NUL in text, and none has a use in a form); tab and line breaks stay, for multi-line notes.
/// </summary>
public static class TextRule
{
    /// <summary>The longest text a field without a stated limit takes: more than any form sends, less than a database row should hold.</summary>
    public const int DefaultMaxLength = 10_000;

    public const string ControlCharacterMessage = "Text cannot contain control characters (such as NUL); only tabs and line breaks are allowed.";

    public static bool HasControlCharacter(string value) =>
        value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    public static string TooLongMessage(int maxLength) => $"Text can be at most {maxLength:N0} characters long.";

    /// <summary>The first thing wrong with <paramref name="value"/> as text of at most <paramref name="maxLength"/> characters, or null.</summary>
    public static string? Problem(string value, int maxLength = DefaultMaxLength) =>
        value.Length > maxLength ? TooLongMessage(maxLength)
        : HasControlCharacter(value) ? ControlCharacterMessage
        : null;
}
