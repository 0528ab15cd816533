namespace VendorAudit.Domain;

/// <summary>A rule of the domain was broken; the message is meant for the user who broke it.</summary>
public sealed class DomainException(string message) : Exception(message);
