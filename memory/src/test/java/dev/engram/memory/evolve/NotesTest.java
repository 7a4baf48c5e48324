package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotesTest {
  @Test
  void readsALabelAndItsValueAsTheSubjectsAttribute() {
    assertThat(Notes.sentence("Account owner: Dana Ruiz"))
        .isEqualTo("User's account owner is Dana Ruiz");
    assertThat(Notes.sentence("Billing address: PO Box 77, Edinburgh"))
        .isEqualTo("User's billing address is PO Box 77, Edinburgh");
    assertThat(Notes.sentence("VAT ID on file: DE123456789"))
        .isEqualTo("User's VAT ID on file is DE123456789");
    assertThat(Notes.sentence("Dedicated CSM: Laura")).isEqualTo("User's dedicated CSM is Laura");
  }

  @Test
  void keepsTheOwnerALabelNamesAndReadsTheCustomerAsTheUser() {
    assertThat(Notes.sentence("Customer's industry: healthcare"))
        .isEqualTo("User's industry is healthcare");
    assertThat(Notes.sentence("Maria's allergy: peanuts")).isEqualTo("Maria's allergy is peanuts");
  }

  @Test
  void dropsALabelOnTheNoteItself() {
    assertThat(Notes.sentence("Note: prefers email contact"))
        .isEqualTo("User prefers email contact");
    assertThat(Notes.sentence("FYI: Shipping address: 4 Mill Lane"))
        .isEqualTo("User's shipping address is 4 Mill Lane");
  }

  @Test
  void leavesAColonThatIsNoLabelsAlone() {
    for (String text :
        new String[] {
          "User has three pets: a cat, a dog and a parrot",
          "User said: the new plan is too expensive",
          "Maria wrote: the invoice is wrong",
          "User's standup is at 10:30 every day",
          "Standup at 10:30: daily",
          "User's blog is at https://example.com/blog",
          "Ticket #4411: login failure on the iOS app",
          "Maria: I moved to Leeds last year",
          "Jon: went hiking with friends",
          "Meeting at 9:15: agenda sent"
        }) {
      assertThat(Notes.sentence(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void readsTheCustomerOrTheClientAsTheUser() {
    assertThat(Notes.sentence("Customer's company has 40 seats"))
        .isEqualTo("User's company has 40 seats");
    assertThat(Notes.sentence("The client pays by card")).isEqualTo("User pays by card");
    assertThat(Notes.sentence("Cust moved to the Enterprise plan"))
        .isEqualTo("User moved to the Enterprise plan");
  }

  @Test
  void givesANoteThatOpensWithItsVerbTheSubject() {
    assertThat(Notes.sentence("Prefers email contact")).isEqualTo("User prefers email contact");
    assertThat(Notes.sentence("Opted out of marketing emails"))
        .isEqualTo("User opted out of marketing emails");
    assertThat(Notes.sentence("Pays by credit card")).isEqualTo("User pays by credit card");
  }

  @Test
  void leavesSentencesWithASubjectAsTheyAre() {
    for (String text :
        new String[] {
          "User's shipping address is 12 Harbour St",
          "User prefers email contact",
          "Anna moved to Leeds",
          "Kids love the new playground",
          "Monthly contract",
          "Storage quota 500 GB",
          "The user's sister lives in Swansea"
        }) {
      assertThat(Notes.sentence(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void writesOutNoteTakingAbbreviations() {
    assertThat(Notes.sentence("Acct suspended for non-payment"))
        .isEqualTo("Account suspended for non-payment");
  }

  @Test
  void isTheSameSentenceReadTwice() {
    for (String text :
        new String[] {
          "Account owner: Dana Ruiz", "Prefers email contact", "Note: Discount: 15%", "Cust churned"
        }) {
      assertThat(Notes.sentence(Notes.sentence(text))).isEqualTo(Notes.sentence(text));
    }
  }

  @Test
  void keepsTwoKindsOfOneAttributeWrittenAsLabelsApart() {
    assertThat(
            Decide.decide(
                    "Shipping address: 12 Harbour St, Leith",
                    "Billing address: PO Box 77, Edinburgh",
                    0.8)
                .action())
        .isEqualTo(Resolver.Action.ADD);
  }

  @Test
  void readsANewValueOfALabelledAttributeAsAConflict() {
    assertThat(
            Decide.decide("Discount: 15% on the annual plan", "Discount raised to 20%", 0.8)
                .action())
        .isEqualTo(Resolver.Action.UPDATE);
  }

  @Test
  void readsALabelledSentenceAndItsSentenceAsOneStatement() {
    assertThat(
            Decide.decide(
                    "Shipping address: 12 Harbour St, Leith",
                    "User's shipping address is 12 Harbour St, Leith",
                    0.9)
                .action())
        .isEqualTo(Resolver.Action.REINFORCE);
  }
}
