namespace SocialPrescribing.UkFormats;

/// <summary>Whether text has the shape of an email address (one @, a dot in the domain, no spaces).</summary>
public static class EmailAddress
{
    public const string NotAnEmailAddress = "Enter an email address in the correct format, like name@example.org";

    public static bool IsShaped(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Contains(' ');
    }
}
