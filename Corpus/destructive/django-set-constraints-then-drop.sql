-- rules: drop-constraint
SET CONSTRAINTS "polls_choice_question_id_fk" IMMEDIATE;
ALTER TABLE "polls_choice" DROP CONSTRAINT "polls_choice_question_id_fk";
