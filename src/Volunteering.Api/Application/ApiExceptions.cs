namespace SocialPrescribing.Volunteering.Application;

/// <summary>The thing asked for does not exist (or not where the path says); the API answers 404.</summary>
public sealed class ResourceNotFoundException(string message) : Exception(message);

/// <summary>The caller's role passed the endpoint's policy but this record is not theirs; the API answers 403.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
