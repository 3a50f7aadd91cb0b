using NpgsqlTypes;

namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>Something a VCSE organisation offers (an HSDS "service").</summary>
public sealed class Activity
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public Organisation? Organisation { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string? Url { get; set; }
    public string? Email { get; set; }
    public ActivityStatus Status { get; private set; } = ActivityStatus.Draft;

    /// <summary>Terms of the "needs" taxonomy: what the activity helps with.</summary>
    public List<Guid> NeedTermIds { get; set; } = [];

    /// <summary>Terms of the "activity types" taxonomy: what kind of activity it is.</summary>
    public List<Guid> ActivityTypeTermIds { get; set; } = [];

    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }

    /// <summary>Who the activity is for, in the group's words (e.g. "carers of people with dementia").</summary>
    public string? WhoItIsFor { get; set; }

    public string? AreaServed { get; set; }
    public List<CostOption> CostOptions { get; set; } = [];

    /// <summary>True when nothing costs money; kept with the row so "free only" is a plain column filter.</summary>
    public bool IsFree { get; private set; } = true;

    /// <summary>ISO 639 codes of the languages sessions are run in (e.g. "en", "pl", "bfi" for BSL).</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Codes from <see cref="AccessibilityFeatures"/>.</summary>
    public List<string> AccessibilityFeatures { get; set; } = [];

    public ReferralMode ReferralMode { get; set; }
    public CapacityBasis CapacityBasis { get; set; }

    /// <summary>Places in all; null when the activity takes everyone who comes.</summary>
    public int? TotalPlaces { get; private set; }

    /// <summary>Places not held; never below zero. Changed only through <see cref="ChangeCapacity"/> and the hold statement.</summary>
    public int? FreePlaces { get; private set; }

    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ModifiedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the group last confirmed the listing is accurate; every edit counts as a check.</summary>
    public DateTimeOffset LastCheckedAt { get; private set; }

    /// <summary>When the listing was reported stale to its organisation; cleared by the next check.</summary>
    public DateTimeOffset? StaleFlaggedAt { get; private set; }

    public List<ActivitySchedule> Schedules { get; init; } = [];
    public List<ActivityLocation> Locations { get; init; } = [];

    public uint Version { get; private set; }
    public NpgsqlTsVector SearchVector { get; private set; } = null!;

    public static Activity Create(Guid id, Guid organisationId, ActivityDetails details, int? totalPlaces, DateTimeOffset at)
    {
        var activity = new Activity { Id = id, OrganisationId = organisationId, Name = details.Name, CreatedAt = at };
        activity.Apply(details, at);
        activity.TotalPlaces = totalPlaces;
        activity.FreePlaces = totalPlaces;
        return activity;
    }

    public void Apply(ActivityDetails details, DateTimeOffset at)
    {
        Name = details.Name;
        Description = details.Description;
        Url = details.Url;
        Email = details.Email;
        NeedTermIds = [.. details.NeedTermIds];
        ActivityTypeTermIds = [.. details.ActivityTypeTermIds];
        MinimumAge = details.MinimumAge;
        MaximumAge = details.MaximumAge;
        WhoItIsFor = details.WhoItIsFor;
        AreaServed = details.AreaServed;
        CostOptions = [.. details.CostOptions];
        IsFree = details.CostOptions.All(c => c.IsFree);
        Languages = [.. details.Languages];
        AccessibilityFeatures = [.. details.AccessibilityFeatures];
        ReferralMode = details.ReferralMode;
        CapacityBasis = details.CapacityBasis;
        ContactName = details.ContactName;
        ContactEmail = details.ContactEmail;
        ContactPhone = details.ContactPhone;

        Schedules.Clear();
        Schedules.AddRange(details.Schedules.Select(s => s.ToSchedule(Id)));
        Locations.RemoveAll(l => !details.LocationIds.Contains(l.LocationId));
        Locations.AddRange(details.LocationIds
            .Where(locationId => Locations.All(l => l.LocationId != locationId))
            .Select(locationId => new ActivityLocation { Id = Guid.CreateVersion7(), ActivityId = Id, LocationId = locationId }));

        Touch(at);
        MarkChecked(at);
    }

    /// <summary>Makes the activity visible; returns false when it already was.</summary>
    public bool Publish(DateTimeOffset at)
    {
        if (Status == ActivityStatus.Published)
        {
            return false;
        }
        Status = ActivityStatus.Published;
        PublishedAt = at;
        Touch(at);
        MarkChecked(at);
        return true;
    }

    /// <summary>Takes the activity out of search and matching; returns false when it was not published.</summary>
    public bool Withdraw(DateTimeOffset at)
    {
        if (Status != ActivityStatus.Published)
        {
            return false;
        }
        Status = ActivityStatus.Withdrawn;
        Touch(at);
        return true;
    }

    /// <summary>Sets the number of places; the places already held stay held, so the total may not drop below them.</summary>
    public void ChangeCapacity(int? totalPlaces, int heldPlaces, DateTimeOffset at)
    {
        if (totalPlaces < heldPlaces)
        {
            throw new InvalidOperationException($"Capacity {totalPlaces} is below the {heldPlaces} places already held.");
        }
        TotalPlaces = totalPlaces;
        FreePlaces = totalPlaces - heldPlaces;
        Touch(at);
    }

    public void MarkChecked(DateTimeOffset at)
    {
        LastCheckedAt = at;
        StaleFlaggedAt = null;
    }

    public bool IsStale(DateTimeOffset now) => ListingFreshness.IsStale(LastCheckedAt, now);

    /// <summary>Records that the organisation has been told; returns false when it already had been.</summary>
    public bool FlagStale(DateTimeOffset now)
    {
        if (StaleFlaggedAt is not null || !IsStale(now))
        {
            return false;
        }
        StaleFlaggedAt = now;
        return true;
    }

    private void Touch(DateTimeOffset at) => ModifiedAt = at;
}
