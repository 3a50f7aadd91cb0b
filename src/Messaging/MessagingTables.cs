namespace SocialPrescribing.Messaging;

internal static class MessagingTables
{
    public const string Outbox = "outbox_messages";
    public const string OutboxDeadLetters = "outbox_dead_letters";
    public const string Inbox = "inbox_messages";
}
