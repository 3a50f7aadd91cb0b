namespace SocialPrescribing.Volunteering.Application;

/// <summary>The thing asked for does not exist (or not where the path says); the API answers 404.</summary>
public sealed class ResourceNotFoundException(string message) : Exception(message);

/// <summary>The caller's role passed the endpoint's policy but this record is not theirs; the API answers 403.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>The record changed since the version the caller read (If-Match, or a write that raced it); the API answers 412.</summary>
public sealed class StaleRecordException(string message) : Exception(message);
