namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>A VCSE group (an HSDS "organization") that runs activities.</summary>
public sealed class Organisation
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Charity Commission (or OSCR, CCNI) number; one organisation per number.</summary>
    public string? CharityNumber { get; set; }

    /// <summary>Companies House number, for CICs and charitable companies.</summary>
    public string? CompanyNumber { get; set; }

    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Phone { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ModifiedAt { get; set; }

    /// <summary>PostgreSQL's row version (xmin): the ETag, and the optimistic-concurrency token.</summary>
    public uint Version { get; private set; }

    public void Apply(OrganisationDetails details, DateTimeOffset at)
    {
        Name = details.Name;
        Description = details.Description;
        CharityNumber = details.CharityNumber;
        CompanyNumber = details.CompanyNumber;
        Email = details.Email;
        Website = details.Website;
        Phone = details.Phone;
        ModifiedAt = at;
    }
}

/// <summary>What an organisation says about itself, already validated and normalised.</summary>
public sealed record OrganisationDetails(
    string Name,
    string Description,
    string? CharityNumber,
    string? CompanyNumber,
    string? Email,
    string? Website,
    string? Phone);
