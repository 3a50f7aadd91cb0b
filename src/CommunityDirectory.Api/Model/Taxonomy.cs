namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>A controlled vocabulary (HSDS "taxonomy"): here the needs an activity helps with, and the kinds of activity.</summary>
public sealed class Taxonomy
{
    public Guid Id { get; init; }

    /// <summary>Stable short name used by the APIs, e.g. "needs".</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string? Version { get; set; }
}

/// <summary>A term of a taxonomy; terms form a tree through <see cref="ParentId"/>.</summary>
public sealed class TaxonomyTerm
{
    public Guid Id { get; init; }
    public Guid TaxonomyId { get; init; }

    /// <summary>Stable short name used by the APIs, e.g. "loneliness".</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public Guid? ParentId { get; set; }
}
