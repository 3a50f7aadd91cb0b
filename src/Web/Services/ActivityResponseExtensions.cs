namespace SocialPrescribing.Web.Services;

/// <summary>What the VCSE pages say of an activity as the directory's VCSE API returns it.</summary>
public static class ActivityResponseExtensions
{
    extension(ActivityResponse activity)
    {
        public string StatusText => activity.Status switch
        {
            ActivityStatus.Draft => "Draft",
            ActivityStatus.Published => "Published",
            ActivityStatus.Withdrawn => "Withdrawn",
            _ => activity.Status.WireName(),
        };

        public string PlacesText => activity.TotalPlaces is { } total
            ? $"{activity.FreePlaces ?? total} of {total} free{(activity.CapacityBasis == CapacityBasis.PerSession ? " at each session" : "")}"
            : "No limit";
    }
}
