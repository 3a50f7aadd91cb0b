namespace SocialPrescribing.Volunteering.Model;

/// <summary>A Disclosure and Barring Service check and the date by which it must be renewed (in date up to and including it).</summary>
public sealed class DbsCheck
{
    public DbsLevel Level { get; set; }
    public required string CertificateNumber { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly RenewBy { get; set; }

    public bool IsInDateOn(DateOnly date) => date <= RenewBy;
}

/// <summary>DBS check levels, weakest first: a role needing a level accepts it or any stronger one.</summary>
public enum DbsLevel
{
    Basic,
    Standard,
    Enhanced,
    EnhancedWithBarredLists,
}
