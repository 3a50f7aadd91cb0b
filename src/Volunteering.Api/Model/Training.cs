namespace SocialPrescribing.Volunteering.Model;

/// <summary>Training a volunteer completed; <see cref="ValidUntil"/> is null when it never needs renewing.</summary>
public sealed class Training
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DateOnly CompletedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }

    public bool IsInDateOn(DateOnly date) => ValidUntil is null || date <= ValidUntil;
}
