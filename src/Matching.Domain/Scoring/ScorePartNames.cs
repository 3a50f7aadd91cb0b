namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>The names score parts are reported under.</summary>
public static class ScorePartNames
{
    public const string Needs = "Needs and interests";
    public const string Distance = "Distance";
    public const string TimeOverlap = "Free times";
    public const string Language = "Language";
    public const string Responsiveness = "Provider responsiveness";
    public const string Rating = "People's ratings";
    public const string Deprivation = "Deprivation";
    public const string Waiting = "Time waited";
}
