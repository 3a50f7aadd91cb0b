using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Vcse;

public sealed class PlacesInput
{
    /// <summary>Empty: the activity takes everyone who comes.</summary>
    [Range(0, 100_000, ErrorMessage = "Number of places must be a whole number from 0 to 100,000")]
    public int? TotalPlaces { get; set; }
}
