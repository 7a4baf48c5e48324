package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends a run's files as attachments of one e-mail to the destination's recipients, through the
 * SMTP server of {@code engram.reports.smtp-*} (Jakarta Mail).
 */
@Singleton
final class EmailDelivery {
  private final ReportsConfiguration config;
  private final Clock clock;

  EmailDelivery(ReportsConfiguration config, Clock clock) {
    this.config = requireNonNull(config, "config is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  String deliver(
      ReportSchedule schedule, ReportRun run, List<ReportSource.Output> files, Destination.Email to)
      throws MessagingException {
    if (config.smtpHost() == null || config.smtpHost().isBlank()) {
      throw new MessagingException("no SMTP server is configured (engram.reports.smtp-host)");
    }
    Properties props = new Properties();
    props.put("mail.smtp.host", config.smtpHost());
    props.put("mail.smtp.port", String.valueOf(config.smtpPort()));
    props.put("mail.smtp.connectiontimeout", String.valueOf(config.timeout().toMillis()));
    props.put("mail.smtp.timeout", String.valueOf(config.timeout().toMillis()));
    props.put("mail.smtp.writetimeout", String.valueOf(config.timeout().toMillis()));
    boolean auth = config.smtpUsername() != null && !config.smtpUsername().isBlank();
    props.put("mail.smtp.auth", String.valueOf(auth));
    if (config.smtpStarttls()) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    Session session = Session.getInstance(props);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(config.smtpFrom()));
    for (String recipient : to.to()) {
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
    }
    String period = run.period().from() + " to " + run.period().to().minusDays(1);
    message.setSubject(
        to.subject().orElse("Engram report: " + schedule.name() + " (" + period + ")"), "UTF-8");
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("X-Engram-Run", run.id());
    MimeMultipart body = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    StringBuilder lines = new StringBuilder();
    lines.append("Reports of schedule \"").append(schedule.name()).append("\" for ");
    lines.append(period).append(" (run ").append(run.id()).append("):\n\n");
    for (ReportSource.Output file : files) {
      lines.append("- ").append(file.fileName());
      lines.append(" (").append(file.body().length).append(" bytes)\n");
    }
    text.setText(lines.toString(), "UTF-8");
    body.addBodyPart(text);
    for (ReportSource.Output file : files) {
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(
          new DataHandler(new ByteArrayDataSource(file.body(), file.contentType())));
      attachment.setFileName(file.fileName());
      attachment.setDisposition(MimeBodyPart.ATTACHMENT);
      body.addBodyPart(attachment);
    }
    message.setContent(body);
    if (auth) {
      Transport.send(message, config.smtpUsername(), config.smtpPassword());
    } else {
      Transport.send(message);
    }
    return "sent to " + to.to().size() + " recipient(s) with " + files.size() + " attachment(s)";
  }
}
