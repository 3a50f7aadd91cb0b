namespace SocialPrescribing.CommunityDirectory.Application;

/// <summary>A VCSE group changes only its own listings: another group's is refused (403), a missing one is 404.</summary>
public static class ListingOwnership
{
    public const string NotYours = "This belongs to another organisation; you can change only your own organisation's listings.";

    public static T Ensure<T>(T? listing, Func<T, Guid> owner, Guid organisationId, string what, Guid id) where T : class =>
        listing is null ? throw ProblemException.NotFound(what, id)
        : owner(listing) != organisationId ? throw ProblemException.Forbidden(NotYours)
        : listing;
}
