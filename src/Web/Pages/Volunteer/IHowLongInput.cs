namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>A form with the hours-and-minutes pair (<c>_HowLong</c>), checked together by <see cref="Durations.Parse"/>.</summary>
public interface IHowLongInput
{
    string? Hours { get; }
    string? Minutes { get; }
}
