namespace SocialPrescribing.DomainErrors;

/// <summary>
/// A rule of a domain was broken. <see cref="Field"/> names the input at fault when there is one, so
/// every API answers with a problem pointing at it: 400, or 409 when the field is <see cref="StateField"/>
/// (the record's state does not allow the change now). Free of ASP.NET, so domain projects throw it.
/// </summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    /// <summary>The field a refused lifecycle move names: the change may be fine, just not from where the record is.</summary>
    public const string StateField = "status";

    public string? Field { get; } = field;

    public bool IsStateConflict => Field == StateField;
}
