namespace SocialPrescribing.Volunteering.Domain.Validation;

/// <summary>An action is not allowed in the current state (e.g. approving a rejected log); the API answers 409.</summary>
public sealed class VolunteeringDomainException(string message) : DomainException(message, StateField);
