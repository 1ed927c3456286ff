/**
 * Common Swedish first names (mixed gender, the generations now in management posts) and
 * surnames, for fictitious demo people. Any resemblance to real persons is by chance: the
 * combination with a municipality is random.
 */
export const FIRST_NAMES: readonly string[] = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Sara', 'Kerstin', 'Emma', 'Ingrid',
  'Malin', 'Jenny', 'Linda', 'Helena', 'Annika', 'Susanne', 'Elin', 'Johanna', 'Camilla', 'Sofia',
  'Åsa', 'Ulrika', 'Cecilia', 'Therese', 'Marie', 'Ida', 'Hanna', 'Lotta', 'Birgitta', 'Monika',
  'Lars', 'Mikael', 'Anders', 'Johan', 'Per', 'Erik', 'Karl', 'Peter', 'Thomas', 'Jan',
  'Daniel', 'Fredrik', 'Hans', 'Andreas', 'Stefan', 'Mats', 'Magnus', 'Jonas', 'Mattias', 'Niklas',
  'Björn', 'Martin', 'Henrik', 'Ola', 'Patrik', 'Göran', 'Jörgen', 'Håkan', 'Tobias', 'Ali',
];

export const SURNAMES: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson',
  'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg',
  'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund',
  'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Ali', 'Engström',
  'Mohammed', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson',
  'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg',
  'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg',
];
